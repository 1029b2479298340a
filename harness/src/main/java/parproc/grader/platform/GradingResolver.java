package parproc.grader.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import parproc.grader.grading.Grader;
import parproc.grader.grading.Grading;
import parproc.grader.grading.GradingListener;
import parproc.grader.grading.GradingRequest;
import parproc.grader.grading.InvalidRequestException;
import parproc.grader.runs.isolation.IsolationMode;

/**
 * Gives the grading tests their {@link Grading}, started once from the configuration parameters
 * {@code parproc.*} (system properties under Surefire or an IDE), and stops its grader when the
 * test plan ends. The parameters only fill a {@link GradingRequest.Builder}: the defaults and
 * the checks of values are the builder's.
 */
public final class GradingResolver implements ParameterResolver {

  /** The prefix of every configuration parameter the grading reads. */
  public static final String PREFIX = "parproc.";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GradingResolver.class);

  /** The grader and its one grading; closing it stops what still runs. */
  private record Started(Grader grader, Grading grading) implements AutoCloseable {
    @Override
    public void close() {
      grader.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Grading.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    return root.getStore(NAMESPACE).computeIfAbsent(Started.class, key -> start(root::getConfigurationParameter),
        Started.class).grading();
  }

  private static Started start(Function<String, Optional<String>> parameters) {
    Function<String, Optional<String>> get = name -> parameters.apply(PREFIX + name).filter(v -> !v.isBlank());
    GradingRequest request;
    int jobs;
    try {
      request = GradingRequest.builder()
          .submission(get.apply("submission").map(Path::of).orElse(null))
          .config(get.apply("config").map(Path::of).orElse(null))
          .exercises(get.apply("exercises").map(v -> Arrays.asList(v.trim().split("\\s*,\\s*"))).orElse(null))
          .runs(number(get, "runs", Integer::valueOf))
          .python(get.apply("python").orElse(null))
          .seed(number(get, "seed", Long::valueOf))
          .races(get.apply("races").map(Boolean::parseBoolean).orElse(true))
          .record(get.apply("record").map(Path::of).orElse(null))
          .replay(get.apply("replay").map(Path::of).orElse(null))
          .timeoutSeconds(number(get, "timeout", Double::valueOf))
          .isolation(isolation(get.apply("isolation").orElse(null)))
          .portable(get.apply("portable").map(Boolean::parseBoolean).orElse(false))
          .startMethod(get.apply("startMethod").map(String::strip).orElse(null))
          .build();
      jobs = Optional.ofNullable(number(get, "jobs", Integer::valueOf)).orElse(0);
      if (jobs < 0) {
        throw new ParameterResolutionException(PREFIX + "jobs cannot be negative");
      }
    } catch (InvalidRequestException e) {
      throw new ParameterResolutionException(e.describe(field -> PREFIX + field.name().toLowerCase(Locale.ROOT)));
    }
    Grader grader = Grader.open(jobs);
    return new Started(grader, grader.start(request, GradingListener.NONE));
  }

  private static IsolationMode isolation(String value) {
    try {
      return IsolationMode.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException(PREFIX + "isolation: " + e.getMessage());
    }
  }

  private static <T> T number(Function<String, Optional<String>> get, String name, Function<String, T> parse) {
    Optional<String> value = get.apply(name);
    try {
      return value.map(String::trim).map(parse).orElse(null);
    } catch (NumberFormatException e) {
      throw new ParameterResolutionException(PREFIX + name + " must be a number, not '" + value.get() + "'");
    }
  }
}
