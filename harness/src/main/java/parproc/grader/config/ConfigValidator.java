package parproc.grader.config;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks what Jackson cannot: that the fields of one exercise's config agree with each other. */
final class ConfigValidator {

  private final Path file;
  private final String text;
  private final ExerciseConfig config;
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Set<String> fields = new HashSet<>();

  ConfigValidator(Path file, String text, ExerciseConfig config) {
    this.file = file;
    this.text = text;
    this.config = config;
  }

  List<ConfigProblem> validate() {
    exercise();
    input();
    lines();
    checks();
    return problems;
  }

  private void exercise() {
    if (!config.exercise().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      topLevel("exercise", "'" + config.exercise() + "' is not a Python function name");
    }
    if (config.file() != null && !config.file().endsWith(".py")) {
      topLevel("file", "'" + config.file() + "' is not a .py file name");
    }
    if (config.runs() < 1 || config.runs() > 10_000) {
      topLevel("runs", "must be between 1 and 10000, not " + config.runs());
    }
    if (!(config.timeoutSeconds() > 0)) {
      topLevel("timeout_seconds", "must be more than 0");
    }
    if (!(config.sleepScale() > 0)) {
      topLevel("sleep_scale", "must be more than 0 (1 keeps the program's sleeps as written)");
    }
    limits();
  }

  private void limits() {
    RunLimits limits = config.limits();
    limit("memory_mib", limits.memoryMib(), 64, 1 << 20);
    limit("processes", limits.processes(), 8, 1 << 16);
    limit("cpu_seconds", limits.cpuSeconds(), 1, 1 << 20);
    limit("file_mib", limits.fileMib(), 1, 1 << 20);
    limit("open_files", limits.openFiles(), 32, 1 << 20);
  }

  /** A limit below its least would stop the interpreter itself, or its children. */
  private void limit(String name, int value, int least, int most) {
    if (value < least || value > most) {
      near(name + ":", "limits." + name, "must be between " + least + " and " + most + ", not " + value);
    }
  }

  private void input() {
    InputSpec input = config.input();
    if (input == null) {
      return;
    }
    for (FieldSpec field : input.fields()) {
      if (!field.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        near("name: " + field.name(), "input.fields", "'" + field.name() + "' is not a field name");
      }
      if (!fields.add(field.name())) {
        near("name: " + field.name(), "input.fields", "the field '" + field.name() + "' is declared twice");
      }
      if (field.kind() != FieldSpec.Kind.PERSON_NAME) {
        if (field.min() == null || field.max() == null) {
          near("name: " + field.name(), "input.fields", "the field '" + field.name() + "' needs min and max");
        } else if (field.min().compareTo(field.max()) > 0) {
          near("name: " + field.name(), "input.fields", "min is larger than max for '" + field.name() + "'");
        }
      }
    }
    try {
      for (TextTemplate.Placeholder placeholder : TextTemplate.parse(input.stdin()).placeholders()) {
        if (placeholder.kind() != TextTemplate.Kind.EACH || !fields.contains(placeholder.name())) {
          near("stdin:", "input.stdin", "'" + placeholder.source() + "' names no input field");
        }
      }
    } catch (IllegalArgumentException e) {
      near("stdin:", "input.stdin", e.getMessage());
    }
    for (String requirement : input.require()) {
      expression(requirement, "input.require", requirement);
    }
    for (var inputCase : input.cases()) {
      for (String name : inputCase.keySet()) {
        if (!fields.contains(name)) {
          near(name + ":", "input.cases", "'" + name + "' names no input field");
        }
      }
    }
  }

  private void lines() {
    Set<String> ids = new HashSet<>();
    config.children().field().ifPresent(f -> requireField(f, "children", "children:"));
    for (LineSpec line : config.lines()) {
      String where = "id: " + line.id();
      if (!ids.add(line.id())) {
        near(where, "lines", "the line id '" + line.id() + "' is used twice");
      }
      line.count().field().ifPresent(f -> requireField(f, "lines." + line.id() + ".count", where));
      int positions = line.positions();
      for (var list : line.each().entrySet()) {
        if (list.getValue().size() != positions || positions == 0) {
          near(where, "lines." + line.id() + ".each",
              "the 'each' lists must be non-empty and of one length");
          break;
        }
      }
      TextTemplate template;
      try {
        template = line.template();
      } catch (IllegalArgumentException e) {
        near(where, "lines." + line.id() + ".text", e.getMessage());
        continue;
      }
      for (TextTemplate.Placeholder placeholder : template.placeholders()) {
        switch (placeholder.kind()) {
          case INPUT -> requireField(placeholder.name(), "lines." + line.id() + ".text", where);
          case EACH -> {
            if (!line.each().containsKey(placeholder.name())) {
              near(where, "lines." + line.id() + ".text",
                  "'{" + placeholder.name() + "}' is not listed under 'each' of this line");
            }
          }
          default -> {}
        }
      }
    }
  }

  private void checks() {
    Set<String> ids = new HashSet<>();
    if (config.checks().isEmpty()) {
      topLevel("checks", "an exercise needs at least one check");
    }
    for (CheckSpec check : config.checks()) {
      String where = "id: " + check.id();
      String field = "checks." + check.id();
      if (!ids.add(check.id())) {
        near(where, "checks", "the check id '" + check.id() + "' is used twice");
      }
      if (check.points() < 0) {
        near(where, field + ".points", "points cannot be negative");
      }
      if (check.description() == null || check.description().isBlank()) {
        near(where, field + ".description", "a check needs a description a student can read");
      }
      lineIds(check, where, field);
      check.validate(new KindRules(where, field));
    }
  }

  /** The rules a check kind validates its parameters with, reporting at that check. */
  private final class KindRules implements CheckSpec.Rules {
    private final String where;
    private final String field;

    KindRules(String where, String field) {
      this.where = where;
      this.field = field;
    }

    private String at(String below) {
      return below.isEmpty() ? field : field + "." + below;
    }

    @Override
    public void capture(String line, String capture, String below) {
      requireCapture(line, capture, where, field);
    }

    @Override
    public void expression(String source, String below) {
      ConfigValidator.this.expression(source, at(below), where);
    }

    @Override
    public void value(String template, String lineId, String below) {
      config.line(lineId).ifPresent(line -> receivedValue(template, line, where, at(below)));
    }

    @Override
    public void require(boolean holds, String below, String message) {
      if (!holds) {
        near(where, at(below), message);
      }
    }
  }

  /** Every field of the check marked {@link LineId} names lines of the exercise. */
  private void lineIds(CheckSpec check, String where, String field) {
    for (RecordComponent component : check.getClass().getRecordComponents()) {
      if (component.isAnnotationPresent(LineId.class)) {
        Object value;
        try {
          value = component.getAccessor().invoke(check);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
        List<?> ids = value instanceof List<?> list ? list : List.of(value);
        String name = component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        ids.forEach(id -> requireLine(String.valueOf(id), where, field + "." + name));
      }
    }
  }

  private void receivedValue(String value, LineSpec line, String where, String field) {
    try {
      for (TextTemplate.Placeholder p : TextTemplate.parse(value).placeholders()) {
        boolean known =
            p.kind() == TextTemplate.Kind.EACH && line.each().containsKey(p.name())
                || p.kind() == TextTemplate.Kind.INPUT && fields.contains(p.name());
        if (!known) {
          near(where, field, "'{" + p.name() + "}' is neither an 'each' list of line '"
              + line.id() + "' nor an input field");
        }
      }
    } catch (IllegalArgumentException e) {
      near(where, field, e.getMessage());
    }
  }

  private void requireLine(String id, String where, String field) {
    if (config.line(id).isEmpty()) {
      near(where, field, "no line has the id '" + id + "'; the lines are: " + lineIds());
    }
  }

  private void requireCapture(String lineId, String capture, String where, String field) {
    requireLine(lineId, where, field + ".line");
    config.line(lineId).ifPresent(line -> {
      boolean found;
      try {
        found = line.template().placeholders().stream()
            .anyMatch(p -> p.kind() == TextTemplate.Kind.NUMBER && p.name().equals(capture));
      } catch (IllegalArgumentException e) {
        return; // reported with the line
      }
      if (!found) {
        near(where, field + ".capture", "line '" + lineId + "' has no {number:" + capture + "}");
      }
    });
  }

  private void requireField(String name, String field, String where) {
    if (!fields.contains(name)) {
      near(where, field, "'" + name + "' names no input field"
          + (fields.isEmpty() ? " (the exercise declares no input)" : "; the fields are: " + String.join(", ", fields)));
    }
  }

  private void expression(String source, String field, String where) {
    try {
      Expression expression = Expression.parse(source);
      for (String name : expression.names()) {
        if (!fields.contains(name)) {
          near(where, field, "'" + name + "' in '" + source + "' names no input field");
        }
      }
    } catch (IllegalArgumentException e) {
      near(where, field, "'" + source + "' is not an expression: " + e.getMessage());
    }
  }

  private String lineIds() {
    return String.join(", ", config.lines().stream().map(LineSpec::id).toList());
  }

  private void topLevel(String field, String message) {
    int line = ConfigLoader.lineOf(text, Pattern.compile("^" + Pattern.quote(field) + ":", Pattern.MULTILINE));
    problems.add(new ConfigProblem(file, line, field, config.exercise(), message));
  }

  /** A problem at the field's own line: the first line with its key after the marker's. */
  private void near(String marker, String field, String message) {
    int markerLine = ConfigLoader.lineOf(text, Pattern.compile(Pattern.quote(marker)));
    int line = markerLine;
    String leaf = field.substring(field.lastIndexOf('.') + 1);
    String[] lines = text.split("\n", -1);
    for (int i = Math.max(markerLine - 1, 0); i < lines.length && i < markerLine + 40; i++) {
      if (i > markerLine - 1 && lines[i].matches("\\s*-\\s.*")) {
        break; // the next item of the list: the field is not in this one
      }
      if (lines[i].matches("[\\s-]*" + Pattern.quote(leaf) + ":.*")) {
        line = i + 1;
        break;
      }
    }
    problems.add(new ConfigProblem(file, line, field, config.exercise(), message));
  }
}
