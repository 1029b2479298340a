package parproc.grader.gradebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a student's zip into a folder of its own. No entry may land outside that folder (absolute
 * names and {@code ..} are refused), symbolic links are left out (Java's zip reader would write a
 * link's target as a file; a link could point at the answers), and the size and number of entries
 * are capped so an archive cannot fill the disk.
 */
public final class ZipUnpacker {

  /** At most this many bytes unpacked from one zip. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** At most this many entries in one zip. */
  public static final int MAX_ENTRIES = 5_000;

  private static final int UNIX = 3;
  private static final int TYPE_MASK = 0170000;
  private static final int SYMLINK = 0120000;

  private ZipUnpacker() {}

  /** What was unpacked, and what was left out with why. */
  public record Unpacked(Path folder, int files, List<String> skipped) {}

  /** Unpacks {@code zip} into {@code target}, which must not exist yet. */
  public static Unpacked unpack(Path zip, Path target) throws IOException {
    Set<String> links = symbolicLinks(zip);
    Files.createDirectories(target);
    Path root = target.toAbsolutePath().normalize();
    List<String> skipped = new ArrayList<>();
    int files = 0;
    long bytes = 0;
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      if (archive.size() > MAX_ENTRIES) {
        throw new IOException("the zip holds " + archive.size() + " entries; at most " + MAX_ENTRIES + " are unpacked");
      }
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (links.contains(name)) {
          skipped.add(name + " (a symbolic link)");
          continue;
        }
        Path destination = destination(root, name);
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
   * The names of entries that are symbolic links, read from the zip's central directory: Java's
   * zip reader does not expose the Unix mode kept in an entry's external attributes.
   */
  static Set<String> symbolicLinks(Path zip) throws IOException {
    Set<String> links = new HashSet<>();
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
        int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
        int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
        int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
        int mode = directory.getInt(at + 38) >>> 16;
        if (at + 46 + nameLength > directorySize) {
          break;
        }
        if (madeBy == UNIX && (mode & TYPE_MASK) == SYMLINK) {
          byte[] name = new byte[nameLength];
          directory.get(at + 46, name);
          links.add(new String(name, StandardCharsets.UTF_8));
        }
        at += 46 + nameLength + extraLength + commentLength;
      }
    }
    return links;
  }
}
