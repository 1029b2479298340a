package parproc.grader.observations;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The bytes a process wrote, from the text the probe recorded of them. */
final class Bytes {

  private Bytes() {}

  /**
   * The bytes of recorded output: the probe decodes what was written as UTF-8, each byte that is
   * not UTF-8 kept as a lone surrogate U+DC80 to U+DCFF (Python's surrogateescape), so the bytes
   * come back exactly.
   */
  static byte[] of(String recorded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(recorded.length());
    int i = 0;
    while (i < recorded.length()) {
      char c = recorded.charAt(i);
      boolean lone = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(recorded.charAt(i - 1)));
      if (lone && c >= 0xDC80 && c <= 0xDCFF) {
        bytes.write(c & 0xFF);
        i++;
        continue;
      }
      int codePoint = recorded.codePointAt(i);
      bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
      i += Character.charCount(codePoint);
    }
    return bytes.toByteArray();
  }
}
