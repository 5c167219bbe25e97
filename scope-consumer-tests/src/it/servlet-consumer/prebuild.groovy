// scope-servlet/README.md's quick start, as a user copies it: its dependency snippet goes into
// pom.xml, its listener into the default package as ScopegateSetup.java, its 403 into
// expected-403.txt; the OpenAPI document it names (examples/openapi.yaml) is copied beside them.
// Nothing is edited. ServletCheck (this project's own) runs it all on Jetty.
def snippet = evaluate(new File(snippets))
def readme = new File(repository, 'scope-servlet/README.md')
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('<!-- README: servlet-dependencies -->', snippet(readme, 'servlet-dependencies')), 'UTF-8')
new File(basedir, 'src/main/java/ScopegateSetup.java').setText(snippet(readme, 'servlet-setup'), 'UTF-8')
new File(basedir, 'expected-403.txt').setText(snippet(readme, 'servlet-403'), 'UTF-8')
new File(basedir, 'openapi.yaml').setText(new File(repository, 'examples/openapi.yaml').getText('UTF-8'), 'UTF-8')
return true
