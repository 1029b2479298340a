package parproc.grader.grading;

import java.util.Locale;
import java.util.function.Function;

/**
 * A value a grading cannot be made with: a number out of range or a folder that is not there.
 * Each adapter names the field in its own words ({@code --runs}, {@code parproc.runs}).
 */
public final class InvalidRequestException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final GradingRequest.Field field;
  private final String reason;
  private final boolean saysWhere;

  private InvalidRequestException(GradingRequest.Field field, String reason, boolean saysWhere) {
    super(saysWhere ? reason : field.name().toLowerCase(Locale.ROOT) + " " + reason);
    this.field = field;
    this.reason = reason;
    this.saysWhere = saysWhere;
  }

  /** A bad value: the reason follows the field's name ("must be at least 1"). */
  static InvalidRequestException value(GradingRequest.Field field, String reason) {
    return new InvalidRequestException(field, reason, false);
  }

  /** A missing folder: the reason names the folder itself ("no such folder: x"). */
  static InvalidRequestException folder(GradingRequest.Field field, String reason) {
    return new InvalidRequestException(field, reason, true);
  }

  public GradingRequest.Field field() {
    return field;
  }

  /** The message, with the field named as the user gave it. */
  public String describe(Function<GradingRequest.Field, String> name) {
    return saysWhere ? reason : name.apply(field) + " " + reason;
  }
}
