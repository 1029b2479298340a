package parproc.grader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a grading's recording (--record DIR) holds of its runs, read for assertions. */
public final class Recordings {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What a program of the corpus says it left in the machine's shared places: "uid 1700004 left ...". */
  private static final Pattern LEFT_BY = Pattern.compile("uid (\\d+) left");

  private Recordings() {}

  /** One stream ("stdout", "stderr") of every recorded run, from the recording's JSON files. */
  public static String streamOfEveryRun(Path record, String stream) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(record)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("session.json")).toList()) {
        for (JsonNode run : JSON.readTree(Files.readString(file)).path("runs")) {
          JsonNode bytes = run.path(stream);
          out.add(bytes.isBinary() || bytes.isString()
              ? new String(Base64.getDecoder().decode(bytes.asString()), StandardCharsets.UTF_8) : "");
        }
      }
    }
    return String.join("\n", out);
  }

  /** The uids that the runs said, on stderr, they left something with ("uid N left ..."). */
  public static List<Integer> uidsThatLeft(String stderr) {
    List<Integer> uids = new ArrayList<>();
    Matcher left = LEFT_BY.matcher(stderr);
    while (left.find()) {
      uids.add(Integer.parseInt(left.group(1)));
    }
    return uids;
  }
}
