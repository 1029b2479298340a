package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import parproc.grader.runs.ProbeFiles;

/**
 * The trace has one vocabulary, written down once: the kinds the probe's source emits, the
 * probe's own registry of kinds, the rows of TRACE.md and the Java {@link TraceEvent} types are
 * the same, and each kind parses to the type its row names.
 */
class TraceVocabularyTests {

  private static final Pattern EMIT = Pattern.compile("\\bemit\\(\\s*\"([a-z-]+)\"");
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| `(\\w+)` \\|", Pattern.MULTILINE);

  @Test
  void probeSourceTableAndJavaTypesNameTheSameKinds() throws Exception {
    Set<String> emitted = emittedKinds();
    Map<String, String> table = table();
    assertThat(emitted).as("kinds emitted by the probe's source").isNotEmpty();
    assertThat(new TreeSet<>(table.keySet())).as("kinds in TRACE.md").isEqualTo(emitted);
    assertThat(registry()).as("the probe's KINDS").isEqualTo(emitted);
    Set<String> javaTypes = Arrays.stream(TraceEvent.class.getPermittedSubclasses())
        .map(Class::getSimpleName)
        .filter(name -> !name.equals("Other"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(new TreeSet<>(table.values())).as("Java types in TRACE.md").isEqualTo(javaTypes);
  }

  @Test
  void everyKindParsesToTheTypeItsRowNames() throws Exception {
    table().forEach((kind, type) -> {
      TraceEvent event = Trace.parse(List.of("{\"event\":\"" + kind + "\",\"t\":7,\"pid\":42}"), false)
          .events().get(0);
      assertThat(event.getClass().getSimpleName()).as(kind).isEqualTo(type);
      assertThat(event.pid()).isEqualTo(42);
      assertThat(event.t()).isEqualTo(7);
    });
  }

  @Test
  void aChildsArgumentsAreValuesAsAQueueShowsThem() {
    TraceEvent event = Trace.parse(List.of("{\"event\":\"proc\",\"name\":\"3\",\"target\":\"dig\","
        + "\"args\":[{\"type\":\"str\",\"value\":\"A\"},{\"type\":\"int\",\"value\":0},"
        + "{\"type\":\"Lock\",\"repr\":\"<Lock(owner=None)>\"}],\"t\":7,\"pid\":42}"), false).events().get(0);

    assertThat(((TraceEvent.ChildBegan) event).args()).extracting(TraceEvent.Value::describe)
        .containsExactly("'A'", "0", "<Lock(owner=None)>");
    TraceEvent old = Trace.parse(List.of("{\"event\":\"proc\",\"t\":7,\"pid\":42}"), false).events().get(0);
    assertThat(((TraceEvent.ChildBegan) old).args()).isEmpty();
  }

  @Test
  void anUnknownKindStaysOtherAndAnOldRecordHasNoTime() {
    TraceEvent event = Trace.parse(List.of("{\"event\":\"newer\",\"pid\":3}"), false).events().get(0);
    assertThat(event).isEqualTo(new TraceEvent.Other(0, 3, TraceEvent.NO_TIME, "newer"));
  }

  private static Set<String> emittedKinds() throws Exception {
    ProbeFiles probe = ProbeFiles.extract();
    Set<String> kinds = new TreeSet<>();
    for (String file : ProbeFiles.FILES) {
      Matcher matcher = EMIT.matcher(Files.readString(probe.folder().resolve(file)));
      while (matcher.find()) {
        kinds.add(matcher.group(1));
      }
    }
    return kinds;
  }

  private static Set<String> registry() throws Exception {
    String source = Files.readString(ProbeFiles.extract().folder().resolve("parproc_probe/trace.py"));
    Matcher tuple = Pattern.compile("KINDS = \\(([^)]*)\\)").matcher(source);
    assertThat(tuple.find()).as("KINDS in trace.py").isTrue();
    Set<String> kinds = new TreeSet<>();
    Matcher item = Pattern.compile("\"([a-z-]+)\"").matcher(tuple.group(1));
    while (item.find()) {
      kinds.add(item.group(1));
    }
    return kinds;
  }

  private static Map<String, String> table() throws IOException {
    try (InputStream in = TraceVocabularyTests.class.getResourceAsStream("/parproc/probe/TRACE.md")) {
      assertThat(in).as("TRACE.md beside the probe").isNotNull();
      Matcher rows = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, String> table = new LinkedHashMap<>();
      while (rows.find()) {
        assertThat(table.put(rows.group(1), rows.group(2))).as("row of " + rows.group(1)).isNull();
      }
      return table;
    }
  }
}
