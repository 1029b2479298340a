package parproc.grader.os;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * File names as Linux keeps them, bytes, against the text the grader makes of them.
 *
 * <p>The JVM decodes a name with the charset of the locale it started in ({@code sun.jnu.encoding},
 * which no -D option changes): in the POSIX locale {@code résumé.txt} becomes
 * {@code r??sum??.txt}, and that text names no file. A name Linux allows need not be UTF-8 at all
 * ({@code bad\xff.txt}). Such a name cannot be copied or written by its text, so the grader leaves
 * its file out and says so, rather than stop at the first one.
 */
public final class FileNames {

  /** Why a name whose bytes are not UTF-8 is left out. */
  public static final String NOT_UTF8 = "a name that is not valid UTF-8";

  /** Why a UTF-8 name the JVM's locale cannot represent (the POSIX locale: any name outside ASCII) is left out. */
  public static final String NOT_IN_LOCALE = "a name the grader cannot read in an "
      + System.getProperty("sun.jnu.encoding") + " locale; grade with ./grade, which picks a UTF-8 one";

  private FileNames() {}

  /**
   * Why the last name of {@code entry} cannot be used as text (copied, written, shown), or empty
   * when it can: its bytes are not UTF-8, or the JVM's locale cannot decode them.
   */
  public static Optional<String> unusable(Path entry) {
    Path name = entry.getFileName();
    if (name == null || roundTrips(name)) {
      return Optional.empty();
    }
    return Optional.of(utf8(bytes(name)) ? NOT_IN_LOCALE : NOT_UTF8);
  }

  /**
   * The last name of {@code entry} for a person to read: its bytes as UTF-8, each byte that is
   * not part of a UTF-8 character written {@code \xff}. Unlike {@link Path#toString()} it loses
   * nothing in the POSIX locale.
   */
  public static String shown(Path entry) {
    Path name = entry.getFileName();
    if (name == null) {
      return entry.toString();
    }
    if (roundTrips(name)) {
      return name.toString();
    }
    return shown(bytes(name));
  }

  /** A name's bytes for a person to read: as UTF-8, each byte that is not part of a character written {@code \xff}. */
  public static String shown(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    while (at < bytes.length) {
      int length = sequenceLength(bytes, at);
      if (length > 0) {
        text.append(new String(bytes, at, length, StandardCharsets.UTF_8));
        at += length;
      } else {
        text.append(String.format(Locale.ROOT, "\\x%02x", bytes[at] & 0xff));
        at++;
      }
    }
    return text.toString();
  }

  /**
   * The path of {@code entry} below {@code root}, each name as {@link #shown(Path)} gives it: exact
   * where the path's text is, and without loss where it is not.
   */
  public static String shown(Path root, Path entry) {
    Path relative = root.relativize(entry);
    if (roundTrips(relative)) {
      return relative.toString();
    }
    StringBuilder text = new StringBuilder();
    Path at = root;
    for (Path name : relative) {
      at = at.resolve(name);
      text.append(text.length() == 0 ? "" : "/").append(shown(at));
    }
    return text.toString();
  }

  /** Whether the name's text names the same file again: what every use of the text needs. */
  private static boolean roundTrips(Path name) {
    try {
      return name.getFileSystem().getPath(name.toString()).equals(name);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * The name's bytes. Java gives them only through a file URI, which writes each byte outside
   * ASCII's plain characters as {@code %XX}.
   */
  static byte[] bytes(Path name) {
    String raw;
    try {
      raw = name.toAbsolutePath().toUri().getRawPath();
    } catch (RuntimeException e) {
      return name.toString().getBytes(StandardCharsets.UTF_8);
    }
    // A folder's URI ends in a slash.
    if (raw.endsWith("/") && raw.length() > 1) {
      raw = raw.substring(0, raw.length() - 1);
    }
    raw = raw.substring(raw.lastIndexOf('/') + 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toByteArray();
  }

  private static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The length of the UTF-8 character at {@code at}, or 0 when none starts there. */
  private static int sequenceLength(byte[] bytes, int at) {
    for (int length = 1; length <= 4 && at + length <= bytes.length; length++) {
      if (utf8(Arrays.copyOfRange(bytes, at, at + length))) {
        return length;
      }
    }
    return 0;
  }
}
