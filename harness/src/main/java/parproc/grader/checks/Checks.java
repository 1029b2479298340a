package parproc.grader.checks;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parproc.grader.config.CheckSpec;
import parproc.grader.config.ExerciseConfig;

/**
 * Builds the checks an exercise's config declares. The kinds come from {@link CheckSpec}, the
 * one registry: the check of spec record {@code CheckSpec.Foo} is the class {@code FooCheck} of
 * this package, made with a constructor that takes the spec. Every kind is looked up when this
 * class loads, so a kind without its check fails at once, naming what is missing.
 */
public final class Checks {

  private static final Map<Class<?>, Constructor<?>> CHECKS = checks();

  private Checks() {}

  public static List<Check> of(ExerciseConfig config) {
    return config.checks().stream().map(Checks::of).toList();
  }

  public static Check of(CheckSpec spec) {
    try {
      return (Check) CHECKS.get(spec.getClass()).newInstance(spec);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("cannot make the check " + spec.id(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make the check " + spec.id(), e);
    }
  }

  /** The check class of a kind's spec record, by the naming rule above. */
  static String checkClassName(Class<?> spec) {
    return Checks.class.getPackageName() + "." + spec.getSimpleName() + "Check";
  }

  private static Map<Class<?>, Constructor<?>> checks() {
    Map<Class<?>, Constructor<?>> checks = new LinkedHashMap<>();
    for (Class<?> spec : CheckSpec.types()) {
      String name = checkClassName(spec);
      try {
        Class<?> check = Class.forName(name);
        if (!Check.class.isAssignableFrom(check)) {
          throw new IllegalStateException(name + " does not implement Check");
        }
        checks.put(spec, check.getDeclaredConstructor(spec));
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        throw new IllegalStateException("the check kind '" + CheckSpec.kind(spec) + "' needs a class " + name
            + " with a constructor taking " + spec.getSimpleName(), e);
      }
    }
    return Map.copyOf(checks);
  }
}
