package parproc.grader.config;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A small arithmetic expression over input fields, such as {@code a + b} or
 * {@code abs(a + b) <= 9007199254740992}, evaluated exactly with decimals.
 *
 * <p>Grammar: numbers, field names, {@code + - * /}, unary minus, parentheses, {@code abs(...)},
 * and one comparison ({@code < <= > >= == !=}) giving 1 (true) or 0 (false).
 */
public final class Expression {

  private final String source;
  private final Node root;

  private Expression(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** Parses an expression; a syntax error throws {@link IllegalArgumentException}. */
  public static Expression parse(String source) {
    Parser parser = new Parser(source);
    Node root = parser.comparison();
    parser.skipSpaces();
    if (parser.position < source.length()) {
      throw new IllegalArgumentException(
          "unexpected '" + source.charAt(parser.position) + "' at position " + (parser.position + 1));
    }
    return new Expression(source, root);
  }

  /** The field names the expression uses. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    root.collectNames(names);
    return names;
  }

  /** The value for the given fields; a missing field throws {@link IllegalArgumentException}. */
  public BigDecimal evaluate(Map<String, BigDecimal> values) {
    return root.evaluate(values);
  }

  /** True when a comparison holds (any non-zero value). */
  public boolean holds(Map<String, BigDecimal> values) {
    return evaluate(values).signum() != 0;
  }

  @Override
  public String toString() {
    return source;
  }

  private interface Node {
    BigDecimal evaluate(Map<String, BigDecimal> values);

    default void collectNames(Set<String> names) {}
  }

  private record Constant(BigDecimal value) implements Node {
    @Override
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
      return value;
    }
  }

  private record Name(String name) implements Node {
    @Override
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
      BigDecimal value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("no value for '" + name + "'");
      }
      return value;
    }

    @Override
    public void collectNames(Set<String> names) {
      names.add(name);
    }
  }

  private record Unary(char operator, Node operand) implements Node {
    @Override
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
      BigDecimal value = operand.evaluate(values);
      return operator == '-' ? value.negate() : value.abs();
    }

    @Override
    public void collectNames(Set<String> names) {
      operand.collectNames(names);
    }
  }

  private record Binary(String operator, Node left, Node right) implements Node {
    @Override
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
      BigDecimal a = left.evaluate(values);
      BigDecimal b = right.evaluate(values);
      return switch (operator) {
        case "+" -> a.add(b);
        case "-" -> a.subtract(b);
        case "*" -> a.multiply(b);
        case "/" -> {
          if (b.signum() == 0) {
            throw new IllegalArgumentException("division by zero");
          }
          yield a.divide(b, MathContext.DECIMAL128);
        }
        default -> truth(compare(operator, a.compareTo(b)));
      };
    }

    private static boolean compare(String operator, int order) {
      return switch (operator) {
        case "<" -> order < 0;
        case "<=" -> order <= 0;
        case ">" -> order > 0;
        case ">=" -> order >= 0;
        case "==" -> order == 0;
        default -> order != 0;
      };
    }

    private static BigDecimal truth(boolean value) {
      return value ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    @Override
    public void collectNames(Set<String> names) {
      left.collectNames(names);
      right.collectNames(names);
    }
  }

  private static final class Parser {
    private final String text;
    private int position;

    Parser(String text) {
      this.text = text;
    }

    Node comparison() {
      Node left = sum();
      skipSpaces();
      for (String operator : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
        if (text.startsWith(operator, position)) {
          position += operator.length();
          return new Binary(operator, left, sum());
        }
      }
      return left;
    }

    Node sum() {
      return leftToRight(this::term, '+', '-');
    }

    Node term() {
      return leftToRight(this::unary, '*', '/');
    }

    /** Operands joined by either of two operators of one precedence, grouped from the left. */
    private Node leftToRight(Supplier<Node> operand, char one, char other) {
      Node node = operand.get();
      while (true) {
        skipSpaces();
        if (!peek(one) && !peek(other)) {
          return node;
        }
        String operator = String.valueOf(text.charAt(position++));
        node = new Binary(operator, node, operand.get());
      }
    }

    Node unary() {
      skipSpaces();
      if (peek('-')) {
        position++;
        return new Unary('-', unary());
      }
      return primary();
    }

    Node primary() {
      skipSpaces();
      if (position >= text.length()) {
        throw new IllegalArgumentException("the expression ends too early");
      }
      char c = text.charAt(position);
      if (c == '(') {
        position++;
        Node inner = comparison();
        expect(')');
        return inner;
      }
      if (Character.isDigit(c) || c == '.') {
        int start = position;
        while (position < text.length()
            && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
          position++;
        }
        try {
          return new Constant(new BigDecimal(text.substring(start, position)));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + text.substring(start, position) + "' is not a number");
        }
      }
      if (Character.isLetter(c) || c == '_') {
        int start = position;
        while (position < text.length()
            && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
          position++;
        }
        String name = text.substring(start, position);
        skipSpaces();
        if (peek('(')) {
          if (!name.equals("abs")) {
            throw new IllegalArgumentException("unknown function '" + name + "' (only abs is known)");
          }
          position++;
          Node inner = comparison();
          expect(')');
          return new Unary('|', inner);
        }
        return new Name(name);
      }
      throw new IllegalArgumentException("unexpected '" + c + "' at position " + (position + 1));
    }

    void expect(char c) {
      skipSpaces();
      if (!peek(c)) {
        throw new IllegalArgumentException("expected '" + c + "' at position " + (position + 1));
      }
      position++;
    }

    boolean peek(char c) {
      return position < text.length() && text.charAt(position) == c;
    }

    void skipSpaces() {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
    }
  }
}
