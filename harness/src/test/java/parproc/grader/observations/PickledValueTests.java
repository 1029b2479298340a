package parproc.grader.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value of a queue message read from its pickle, as Python 3 writes them (protocol 4). */
class PickledValueTests {

  private static PickledValue read(String hex) {
    return PickledValue.read(HexFormat.of().parseHex(hex)).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
      "80044b072e, 7",
      "80044b222e, 34",
      "80049504000000000000004d2c012e, 300",
      "80049506000000000000004a701101002e, 70000",
      "80049506000000000000004afbffffff2e, -5",
      "80049509000000000000008a060000000000012e, 1099511627776",
      "8004950a000000000000004740040000000000002e, 2.5",
      "8004882e, 1",
  })
  void numbersReadAsTheirValue(String pickle, String value) {
    assertThat(read(pickle).number()).isEqualByComparingTo(new BigDecimal(value));
  }

  @ParameterizedTest
  @CsvSource({
      "8004950b000000000000008c0747656f72676530942e, George0",
      "8004950a000000000000008c06c3a9c3a9c3a9942e, ééé",
  })
  void stringsReadAsTheirText(String pickle, String text) {
    assertThat(read(pickle).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
      // A tuple (1, 2): not a scalar, so not read.
      "80049507000000000000004b014b028694942e",
      // Cut short: no STOP.
      "80044b07",
  })
  void anythingElseIsNotRead(String pickle) {
    assertThat(PickledValue.read(HexFormat.of().parseHex(pickle))).isEmpty();
  }

  @Test
  void aNoneSentAgreesOnlyWithANoneRecorded() {
    PickledValue none = read("80044e2e");
    assertThat(none.agreesWith(new TraceEvent.Value("NoneType", "None", null))).isTrue();
    assertThat(none.agreesWith(new TraceEvent.Value("int", "5", BigDecimal.valueOf(5)))).isFalse();
    assertThat(none.agreesWith(new TraceEvent.Value("str", "5", null))).isFalse();
  }
}
