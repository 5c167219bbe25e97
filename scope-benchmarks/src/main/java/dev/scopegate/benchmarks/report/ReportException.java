package dev.scopegate.benchmarks.report;

/** Why a report cannot be written: the message is one line naming the input and the reason. */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ReportException(String message) {
    super(message);
  }
}
