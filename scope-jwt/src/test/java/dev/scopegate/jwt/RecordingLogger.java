package dev.scopegate.jwt;

import java.lang.System.Logger;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link System.Logger} that keeps each record's level and message. */
final class RecordingLogger implements Logger {
  private final List<Level> levels = new CopyOnWriteArrayList<>();
  private final List<String> messages = new CopyOnWriteArrayList<>();

  List<Level> levels() {
    return levels;
  }

  List<String> messages() {
    return messages;
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
    levels.add(level);
    messages.add(msg);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    levels.add(level);
    messages.add(format);
  }
}
