package parproc.grader.config;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import parproc.grader.EditDistance;
import parproc.grader.os.FileNames;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads grading-config: one YAML file per exercise, mapped by Jackson to immutable records, then
 * checked for what Jackson cannot see (references between fields, templates, expressions).
 */
public final class ConfigLoader {

  private static final Pattern EXERCISE_LINE =
      Pattern.compile("^exercise:\\s*[\"']?([A-Za-z_][A-Za-z0-9_]*)", Pattern.MULTILINE);

  private final YAMLMapper mapper =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .registerSubtypes(CheckSpec.types().toArray(Class<?>[]::new))
          .build();

  /** Reads every {@code .yaml} and {@code .yml} file of a folder, in name order. */
  public GradingConfig load(Path folder) {
    if (!Files.isDirectory(folder)) {
      return new GradingConfig(
          List.of(),
          List.of(new ConfigProblem(folder, 0, null, null, "no such folder of grading config")));
    }
    List<Path> files = new ArrayList<>();
    List<ConfigProblem> problems = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path file : listing) {
        String shown = FileNames.shown(file);
        if (!shown.matches(".*\\.ya?ml")) {
          continue;
        }
        // A name the grader cannot use as text could not be opened again by it: named, and left out.
        Optional<String> unusable = FileNames.unusable(file);
        if (unusable.isPresent()) {
          problems.add(new ConfigProblem(folder, 0, null, null, shown + ": " + unusable.get() + "; left out"));
        } else {
          files.add(file);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      return new GradingConfig(
          List.of(), List.of(new ConfigProblem(folder, 0, null, null, "cannot list: " + e.getMessage())));
    }
    files.sort(null);
    List<LoadedExercise> exercises = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : files) {
      List<ConfigProblem> found = new ArrayList<>();
      LoadedExercise loaded = loadFile(file, found);
      if (loaded != null && seen.containsKey(loaded.id())) {
        found.add(
            new ConfigProblem(
                file,
                lineOf(readQuietly(file), EXERCISE_LINE),
                "exercise",
                loaded.id(),
                "the exercise is already configured in " + seen.get(loaded.id())));
        loaded = null;
      }
      if (found.isEmpty() && loaded != null) {
        seen.put(loaded.id(), file);
        exercises.add(loaded);
      }
      problems.addAll(found);
    }
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add(new ConfigProblem(folder, 0, null, null, "the folder holds no .yaml file"));
    }
    return new GradingConfig(exercises, problems);
  }

  /** Reads one file; returns null and adds to {@code problems} when it is not usable. */
  LoadedExercise loadFile(Path file, List<ConfigProblem> problems) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(new ConfigProblem(file, 0, null, null, "cannot read: " + e.getMessage()));
      return null;
    }
    return parse(file, text, problems);
  }

  /** Maps and validates the text of one file. */
  LoadedExercise parse(Path file, String text, List<ConfigProblem> problems) {
    Matcher exerciseMatch = EXERCISE_LINE.matcher(text);
    String exercise = exerciseMatch.find() ? exerciseMatch.group(1) : null;
    if (text.isBlank()) {
      problems.add(new ConfigProblem(file, 0, null, null, "the file is empty"));
      return null;
    }
    ExerciseConfig config;
    try {
      config = mapper.readValue(text, ExerciseConfig.class);
    } catch (JacksonException e) {
      problems.add(describe(file, text, exercise, e));
      return null;
    }
    if (config == null) {
      problems.add(new ConfigProblem(file, 0, null, exercise, "the file is empty"));
      return null;
    }
    List<ConfigProblem> found = new ConfigValidator(file, text, config).validate();
    problems.addAll(found);
    return found.isEmpty() ? new LoadedExercise(file, config) : null;
  }

  private static ConfigProblem describe(Path file, String text, String exercise, JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    int line = location == null ? 0 : location.getLineNr();
    String field = path(e);
    String message;
    if (e instanceof UnrecognizedPropertyException unknown) {
      message =
          "unknown field '"
              + unknown.getPropertyName()
              + "'; the fields here are: "
              + unknown.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", "));
    } else if (e instanceof InvalidTypeIdException badKind) {
      message =
          badKind.getTypeId() == null
              ? "missing field 'kind'; the kinds are: " + String.join(", ", CheckSpec.kinds())
              : "unknown check kind '"
                  + badKind.getTypeId()
                  + "'; the kinds are: "
                  + String.join(", ", CheckSpec.kinds());
      field = field.isEmpty() ? "kind" : field + ".kind";
    } else if (e instanceof InvalidFormatException badValue) {
      message =
          "expected "
              + article(badValue.getTargetType())
              + ", found '"
              + badValue.getValue()
              + "'";
    } else if (e instanceof MismatchedInputException mismatch) {
      String original = String.valueOf(mismatch.getOriginalMessage());
      Matcher missing = Pattern.compile("Missing required creator property '([^']+)'").matcher(original);
      if (missing.find()) {
        String name = missing.group(1).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        message = "missing field '" + name + "'" + misspelling(text, name);
        field = field.isEmpty() ? name : field;
      } else if (mismatch.getTargetType() != null) {
        message = "expected " + article(mismatch.getTargetType()) + " here";
      } else {
        message = firstLine(original);
      }
    } else {
      message =
          "not valid YAML: "
              + String.valueOf(e.getOriginalMessage())
                  .lines()
                  .map(String::strip)
                  .filter(l -> !l.isEmpty() && !l.startsWith("in reader") && !l.equals("^"))
                  .collect(Collectors.joining("; "));
    }
    if (message.startsWith("missing field")) {
      // The key is absent: point at its look-alike if there is one, else where Jackson noticed.
      Matcher lookAlike = Pattern.compile("\\(line (\\d+) has").matcher(message);
      return new ConfigProblem(file, lookAlike.find() ? Integer.parseInt(lookAlike.group(1)) : line, field,
          exercise, message);
    }
    return new ConfigProblem(file, refineLine(text, line, field, badValue(e)), field, exercise, message);
  }

  private static String badValue(JacksonException e) {
    if (e instanceof InvalidTypeIdException badKind) {
      return badKind.getTypeId();
    }
    if (e instanceof InvalidFormatException badFormat) {
      return String.valueOf(badFormat.getValue());
    }
    return null;
  }

  /**
   * The line of the field itself: Jackson reports where it stood when it noticed (for a record,
   * often the end of the enclosing object), so the key is looked for near there.
   */
  static int refineLine(String text, int reported, String field, String value) {
    if (field == null || field.isEmpty()) {
      return reported;
    }
    String leaf = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    if (leaf.isEmpty() || leaf.contains("[")) {
      return reported;
    }
    String key = "^[ \\t-]*" + Pattern.quote(leaf) + ":";
    String pattern = value == null ? key : key + "\\s*[\"']?" + Pattern.quote(value);
    List<Integer> candidates = new ArrayList<>();
    Matcher matcher = Pattern.compile(pattern, Pattern.MULTILINE).matcher(text);
    if (value != null && !matcher.find()) {
      matcher = Pattern.compile(key, Pattern.MULTILINE).matcher(text);
    }
    matcher.reset();
    while (matcher.find()) {
      candidates.add((int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1);
    }
    if (candidates.isEmpty()) {
      return reported;
    }
    if (reported <= 0) {
      return candidates.get(0);
    }
    // Jackson notices at the end of the object that holds the field: the occurrence nearest
    // before that line is the field's own.
    int best = candidates.get(0);
    for (int candidate : candidates) {
      if (candidate <= reported) {
        best = candidate;
      }
    }
    return best;
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String article(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == BigDecimal.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of "
          + Stream.of(type.getEnumConstants())
              .map(c -> c.toString().toLowerCase().replace('_', '-'))
              .collect(Collectors.joining(", "));
    }
    return "a " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
  }

  /** A hint naming a key of the file that looks like a misspelling of a missing field. */
  private static String misspelling(String text, String wanted) {
    Matcher keys = Pattern.compile("^[ \\t-]*([A-Za-z_]+):", Pattern.MULTILINE).matcher(text);
    while (keys.find()) {
      String key = keys.group(1);
      if (!key.equals(wanted) && EditDistance.between(key, wanted) <= 2) {
        int line = (int) text.substring(0, keys.start(1)).chars().filter(c -> c == '\n').count() + 1;
        return " (line " + line + " has '" + key + "': a misspelling?)";
      }
    }
    return "";
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The 1-based line of the first match of a pattern, or 0. */
  static int lineOf(String text, Pattern pattern) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return 0;
    }
    return (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
  }
}
