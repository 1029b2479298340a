package parproc.grader.gradebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import parproc.grader.os.FileNames;

/**
 * Unpacks a student's zip into a folder of its own. No entry may land outside that folder (absolute
 * names and {@code ..} are refused), symbolic links are left out (Java's zip reader would write a
 * link's target as a file; a link could point at the answers), so is an entry whose name is not
 * UTF-8 (alone, not the whole zip), and the size and number of entries are capped so an archive
 * cannot fill the disk.
 */
public final class ZipUnpacker {

  /** At most this many bytes unpacked from one zip. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** At most this many entries in one zip. */
  public static final int MAX_ENTRIES = 5_000;

  private static final int UNIX = 3;
  private static final int TYPE_MASK = 0170000;
  private static final int SYMLINK = 0120000;
  /** General purpose flag bit 11: the entry's name is UTF-8. */
  private static final int UTF8_FLAG = 1 << 11;

  private ZipUnpacker() {}

  /** What was unpacked, and what was left out with why. */
  public record Unpacked(Path folder, int files, List<String> skipped) {}

  /**
   * An entry's name as the zip's central directory holds it.
   *
   * @param name the name read as UTF-8, or null when its bytes are not UTF-8
   * @param shown the name for a person, odd bytes written {@code \xff}
   */
  record Stored(String name, String shown, boolean link) {}

  /**
   * Unpacks {@code zip} into {@code target}, which must not exist yet. An entry whose name is not
   * UTF-8, or cannot be written in the JVM's locale, is left out and named with the links.
   */
  public static Unpacked unpack(Path zip, Path target) throws IOException {
    Map<String, Stored> stored = centralDirectory(zip);
    Files.createDirectories(target);
    Path root = target.toAbsolutePath().normalize();
    List<String> skipped = new ArrayList<>();
    int files = 0;
    long bytes = 0;
    // Names are read as Latin-1, which takes any bytes, then as UTF-8 from the central directory:
    // a name that is not UTF-8 costs its entry alone. Java's own UTF-8 reading would refuse the
    // whole zip (one made on Windows, say). An entry marked as UTF-8 is read as UTF-8 either way.
    try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.ISO_8859_1)) {
      if (archive.size() > MAX_ENTRIES) {
        throw new IOException("the zip holds " + archive.size() + " entries; at most " + MAX_ENTRIES + " are unpacked");
      }
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Stored found = stored.get(entry.getName());
        if (found == null) {
          // Not in the central directory as read: only a plain ASCII name can be trusted as it is.
          found = entry.getName().chars().allMatch(c -> c >= 0x20 && c < 0x7f)
              ? new Stored(entry.getName(), entry.getName(), false)
              : new Stored(null, entry.getName(), false);
        }
        if (found.link()) {
          skipped.add(found.shown() + " (a symbolic link)");
          continue;
        }
        if (found.name() == null) {
          skipped.add(found.shown() + " (" + FileNames.NOT_UTF8 + ")");
          continue;
        }
        String name = found.name();
        Path destination;
        try {
          destination = destination(root, name);
        } catch (InvalidPathException e) {
          skipped.add(name + " (" + FileNames.NOT_IN_LOCALE + ")");
          continue;
        }
        if (destination == null) {
          skipped.add(name + " (its name leads outside the submission)");
          continue;
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
          continue;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = archive.getInputStream(entry);
            OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
          byte[] buffer = new byte[64 * 1024];
          int read;
          while ((read = in.read(buffer)) >= 0) {
            bytes += read;
            if (bytes > MAX_BYTES) {
              throw new IOException("the zip unpacks to more than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            out.write(buffer, 0, read);
          }
        } catch (FileAlreadyExistsException e) {
          skipped.add(name + " (a second entry of the same name)");
          continue;
        }
        files++;
      }
    }
    return new Unpacked(target, files, skipped);
  }

  /** Where an entry goes, or null when its name is absolute or climbs out of the folder. */
  static Path destination(Path root, String name) {
    String normalized = name.replace('\\', '/');
    if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*") || normalized.indexOf('\0') >= 0) {
      return null;
    }
    for (String part : normalized.split("/")) {
      if (part.equals("..")) {
        return null;
      }
    }
    Path destination = root.resolve(normalized).normalize();
    return destination.startsWith(root) && !destination.equals(root) ? destination : null;
  }

  /**
   * Every entry's name and whether it is a symbolic link, read from the zip's central directory
   * (Java's zip reader does not expose the Unix mode kept in an entry's external attributes), by
   * the name {@code ZipFile} gives it when it reads names as Latin-1.
   */
  static Map<String, Stored> centralDirectory(Path zip) throws IOException {
    Map<String, Stored> stored = new HashMap<>();
    try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
      long size = channel.size();
      int tail = (int) Math.min(size, 22 + 65_535);
      ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(end, size - tail);
      int eocd = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (end.getInt(i) == 0x06054b50) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0) {
        throw new IOException("not a zip file (no end of central directory)");
      }
      long directorySize = Integer.toUnsignedLong(end.getInt(eocd + 12));
      long directoryOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
      if (directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL || directoryOffset + directorySize > size
          || directorySize > 64L * 1024 * 1024) {
        throw new IOException("the zip's central directory is too large or damaged");
      }
      ByteBuffer directory = ByteBuffer.allocate((int) directorySize).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(directory, directoryOffset);
      int at = 0;
      while (at + 46 <= directorySize && directory.getInt(at) == 0x02014b50) {
        int madeBy = Short.toUnsignedInt(directory.getShort(at + 4)) >>> 8;
        boolean markedUtf8 = (directory.getShort(at + 8) & UTF8_FLAG) != 0;
        int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
        int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
        int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
        int mode = directory.getInt(at + 38) >>> 16;
        if (at + 46 + nameLength > directorySize) {
          break;
        }
        byte[] name = new byte[nameLength];
        directory.get(at + 46, name);
        String utf8 = utf8(name);
        stored.put(new String(name, markedUtf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1),
            new Stored(utf8, utf8 != null ? utf8 : FileNames.shown(name), madeBy == UNIX && (mode & TYPE_MASK) == SYMLINK));
        at += 46 + nameLength + extraLength + commentLength;
      }
    }
    return stored;
  }

  /** The bytes as UTF-8, or null when they are not UTF-8. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
