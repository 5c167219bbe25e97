package dev.scopegate.testing;

/**
 * Turns a fuzzer's raw bytes into text such that a plain ASCII file is its own text (so regression
 * inputs can be read and written by hand) while the fuzzer can still reach every UTF-16 unit.
 *
 * <ul>
 *   <li>a byte below {@code 0xF0} is the character with that code: all of ASCII, every control
 *       character, and Latin-1 (U+00A0 no-break space, U+00FF);
 *   <li>a byte {@code 0xF0}..{@code 0xFF} is followed by two bytes, big-endian, giving any UTF-16
 *       unit: Turkish dotless {@code ı} (U+0131), the Kelvin sign (U+212A), full-width letters,
 *       the BOM (U+FEFF), lone surrogates. A truncated escape at the end is dropped.
 * </ul>
 */
public final class FuzzInput {
  private FuzzInput() {}

  /**
   * Decodes all of {@code bytes}.
   *
   * @param bytes the fuzzer's input
   * @return the text
   */
  public static String text(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i++] & 0xFF;
      if (b < 0xF0) {
        sb.append((char) b);
      } else if (i + 1 < bytes.length) {
        sb.append((char) (((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)));
        i += 2;
      } else {
        break;
      }
    }
    return sb.toString();
  }
}
