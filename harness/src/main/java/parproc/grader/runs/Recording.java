package parproc.grader.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import parproc.grader.HarnessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grading's raw runs on disk: a folder with {@code session.json} and one
 * {@code <exercise>.json} per exercise. Reports are re-rendered from it without Python.
 */
public record Recording(Path folder) {

  /**
   * What the whole grading was: its seed, its submission, its interpreter, and the format of
   * the recording, which changes whenever a recorded field changes meaning.
   */
  public record Session(String format, String submission, String python, long seed, String created,
      String isolation) {
    public static final String FORMAT = "parproc-recording/1";

    /** A session that does not say how its runs were isolated. */
    public Session(String format, String submission, String python, long seed, String created) {
      this(format, submission, python, seed, created, null);
    }
  }

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  public void writeSession(Session session) throws HarnessException {
    write(folder.resolve("session.json"), session);
  }

  public void write(ExerciseRecording exercise) throws HarnessException {
    write(folder.resolve(exercise.exercise() + ".json"), exercise);
  }

  private void write(Path file, Object value) throws HarnessException {
    try {
      Files.createDirectories(folder);
      Path partial = file.resolveSibling(file.getFileName() + ".part");
      JSON.writeValue(partial.toFile(), value);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | JacksonException e) {
      throw new HarnessException("cannot write the recording " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The grading's facts; a recording made in another format than this grader's is refused,
   * naming both formats, since its runs could be misread.
   */
  public Session readSession() throws HarnessException {
    Session session = read(folder.resolve("session.json"), Session.class);
    if (!Session.FORMAT.equals(session.format())) {
      throw new HarnessException("the recording " + folder + " was made by format "
          + (session.format() == null ? "(none named)" : session.format()) + ", this grader reads " + Session.FORMAT);
    }
    return session;
  }

  /** Every exercise recorded, by name order. */
  public List<ExerciseRecording> readExercises() throws HarnessException {
    List<ExerciseRecording> exercises = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.endsWith("session.json")).sorted().toList()) {
        exercises.add(read(file, ExerciseRecording.class));
      }
    } catch (IOException e) {
      throw new HarnessException("cannot read the recording " + folder + ": " + e.getMessage(), e);
    }
    return exercises;
  }

  private static <T> T read(Path file, Class<T> type) throws HarnessException {
    if (!Files.isRegularFile(file)) {
      throw new HarnessException("no recording at " + file);
    }
    try {
      return JSON.readValue(file.toFile(), type);
    } catch (JacksonException e) {
      throw new HarnessException("the recording " + file + " cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
