package dev.scopegate.guard;

import java.lang.System.Logger;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** A {@link System.Logger} that keeps what it is told, as "LEVEL message". */
final class RecordingLogger implements Logger {
  final List<String> records = new CopyOnWriteArrayList<>();

  List<String> at(Level level) {
    return records.stream().filter(r -> r.startsWith(level.name() + " ")).toList();
  }

  @Override
  public String getName() {
    return "recording";
  }

  @Override
  public boolean isLoggable(Level level) {
    return true;
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
    records.add(level.name() + " " + msg);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    records.add(level.name() + " " + format);
  }

  @Override
  public void log(Level level, String msg) {
    records.add(level.name() + " " + msg);
  }

  @Override
  public void log(Level level, Supplier<String> msgSupplier) {
    records.add(level.name() + " " + msgSupplier.get());
  }
}
