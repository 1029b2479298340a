package parproc.grader.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips for tests, including entries marked as Unix symbolic links, which Java cannot write. */
final class Zips {

  private Zips() {}

  /**
   * A zip whose names are the given bytes, not marked as UTF-8, as zips made on Windows or by
   * older tools are: each name's chars stand for its bytes ({@code "caf\u00e9"} is the byte 0xE9).
   */
  static Path writeBytes(Path zip, Map<String, String> entries) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.ISO_8859_1)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }

  /** A zip of {@code entries} (name to content); the names in {@code links} are marked as symbolic links. */
  static Path write(Path zip, Map<String, String> entries, Set<String> links) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + 46 <= buffer.capacity(); at++) {
      if (buffer.getInt(at) != 0x02014b50) {
        continue;
      }
      int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
      String name = new String(buffer.array(), at + 46, nameLength, StandardCharsets.UTF_8);
      if (links.contains(name)) {
        buffer.put(at + 5, (byte) 3);
        buffer.putInt(at + 38, 0120777 << 16);
      }
    }
    Files.write(zip, buffer.array());
    return zip;
  }
}
