package dev.scopegate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Loads a private copy of some packages (child first) and rewrites the classes that come from one
 * code location (the code under measurement) so that every method entry and every branch calls
 * {@link OperationCounter#tick()}. The count is a deterministic measure of the work a call does:
 * a loop over {@code n} characters ticks at least {@code n} times, whatever the JIT or the
 * machine's load. Calls into the JDK (a {@code substring}, a {@code hashCode}) are not counted;
 * allocation measures those.
 *
 * <p>Classes outside the given prefixes, and {@link OperationCounter} itself, come from the parent
 * so the counter is shared.
 */
public final class CountingClassLoader extends ClassLoader {
  private static final String COUNTER = OperationCounter.class.getName().replace('.', '/');

  private final List<String> childFirstPrefixes;
  private final String measuredLocation;

  /**
   * A loader for the given packages, counting the classes loaded from {@code measured}.
   *
   * @param parent where everything else comes from (and where the class files are read)
   * @param childFirstPrefixes class name prefixes to load privately, such as {@code "dev.scopegate."}
   * @param measured the code location (a directory or jar URL) whose classes are rewritten
   */
  public CountingClassLoader(ClassLoader parent, List<String> childFirstPrefixes, URL measured) {
    super("counting", parent);
    this.childFirstPrefixes = List.copyOf(childFirstPrefixes);
    this.measuredLocation = measured.toExternalForm();
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        c = childFirst(name) ? define(name) : getParent().loadClass(name);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  private boolean childFirst(String name) {
    if (name.startsWith(OperationCounter.class.getName()) || name.equals(CountingClassLoader.class.getName())) {
      return false;
    }
    for (String prefix : childFirstPrefixes) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private Class<?> define(String name) throws ClassNotFoundException {
    String resource = name.replace('.', '/') + ".class";
    URL url = getParent().getResource(resource);
    if (url == null) {
      throw new ClassNotFoundException(name);
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (url.toExternalForm().startsWith(measuredLocation)) {
      bytes = countBranches(bytes);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  private static byte[] countBranches(byte[] original) {
    ClassReader reader = new ClassReader(original);
    ClassWriter writer = new ClassWriter(reader, 0);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
          private void tick() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, COUNTER, "tick", "()V", false);
          }

          @Override
          public void visitCode() {
            super.visitCode();
            tick();
          }

          @Override
          public void visitJumpInsn(int opcode, Label label) {
            tick();
            super.visitJumpInsn(opcode, label);
          }

          @Override
          public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            tick();
            super.visitTableSwitchInsn(min, max, dflt, labels);
          }

          @Override
          public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            tick();
            super.visitLookupSwitchInsn(dflt, keys, labels);
          }
        };
      }
    }, 0);
    return writer.toByteArray();
  }
}
