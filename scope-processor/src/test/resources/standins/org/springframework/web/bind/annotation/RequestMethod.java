package org.springframework.web.bind.annotation;

/** Stand-in with Spring's qualified name: the processor reads mirrors by name, never this class. */
public enum RequestMethod { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE }
