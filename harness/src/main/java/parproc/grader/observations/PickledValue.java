package parproc.grader.observations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The value a queue message carries, read from the bytes of its pickle where it is one value the
 * trace can name too: a number, a string, a truth value or None. Anything else (a tuple, an object)
 * is not read: a message is then only counted, never compared.
 *
 * @param number the value when it is a number, else null
 * @param text the value when it is a string, else null
 */
public record PickledValue(BigDecimal number, String text) {

  /** The value of one pickle (protocols 2 to 5, as multiprocessing sends them), if it is a scalar. */
  public static Optional<PickledValue> read(byte[] pickle) {
    ByteBuffer in = ByteBuffer.wrap(pickle).order(ByteOrder.LITTLE_ENDIAN);
    PickledValue value = null;
    try {
      while (in.hasRemaining()) {
        int op = in.get() & 0xff;
        switch (op) {
          case 0x80 -> in.get(); // PROTO
          case 0x95 -> in.getLong(); // FRAME
          case 0x94 -> { } // MEMOIZE
          case 0x2e -> {
            return Optional.ofNullable(value); // STOP
          }
          case 0x4b -> value = number(BigDecimal.valueOf(in.get() & 0xff)); // BININT1
          case 0x4d -> value = number(BigDecimal.valueOf(in.getShort() & 0xffff)); // BININT2
          case 0x4a -> value = number(BigDecimal.valueOf(in.getInt())); // BININT
          case 0x8a -> value = number(new BigDecimal(littleEndian(in, in.get() & 0xff))); // LONG1
          case 0x8b -> value = number(new BigDecimal(littleEndian(in, in.getInt()))); // LONG4
          case 0x47 -> value = number(BigDecimal.valueOf(in.order(ByteOrder.BIG_ENDIAN).getDouble())); // BINFLOAT
          case 0x8c -> value = text(in, in.get() & 0xff); // SHORT_BINUNICODE
          case 0x58 -> value = text(in, in.getInt()); // BINUNICODE
          case 0x8d -> value = text(in, (int) in.getLong()); // BINUNICODE8
          case 0x4e -> value = new PickledValue(null, null); // NONE
          case 0x88 -> value = number(BigDecimal.ONE); // NEWTRUE
          case 0x89 -> value = number(BigDecimal.ZERO); // NEWFALSE
          default -> {
            return Optional.empty();
          }
        }
        in.order(ByteOrder.LITTLE_ENDIAN);
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static PickledValue number(BigDecimal number) {
    return new PickledValue(number, null);
  }

  private static PickledValue text(ByteBuffer in, int length) {
    byte[] bytes = new byte[length];
    in.get(bytes);
    return new PickledValue(null, new String(bytes, StandardCharsets.UTF_8));
  }

  private static BigInteger littleEndian(ByteBuffer in, int length) {
    byte[] bytes = new byte[length];
    in.get(bytes);
    byte[] bigEndian = new byte[length];
    for (int i = 0; i < length; i++) {
      bigEndian[i] = bytes[length - 1 - i];
    }
    return length == 0 ? BigInteger.ZERO : new BigInteger(bigEndian);
  }

  /**
   * Whether the probe's record of a put names this value: the same number, or the same text (the
   * probe keeps the first 200 characters of a long one). A value either side cannot name is none
   * of the record's business.
   */
  public boolean agreesWith(TraceEvent.Value recorded) {
    if (number != null && recorded.number() != null) {
      return number.compareTo(recorded.number()) == 0;
    }
    if (text != null && "str".equals(recorded.type())) {
      String shown = recorded.text();
      return shown.equals(text) || shown.endsWith("...") && text.startsWith(shown.substring(0, shown.length() - 3));
    }
    if (number == null && text == null) {
      return "NoneType".equals(recorded.type()); // a None sent is a None recorded
    }
    return recorded.number() == null && !"str".equals(recorded.type());
  }
}
