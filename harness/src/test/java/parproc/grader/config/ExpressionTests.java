package parproc.grader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTests {

  @Test
  void evaluatesExactlyWithDecimals() {
    Map<String, BigDecimal> values = Map.of("a", new BigDecimal("9007199254740992"), "b", new BigDecimal("0.1"));

    assertThat(Expression.parse("a + b * 2 - -1").evaluate(values)).isEqualByComparingTo("9007199254740993.2");
    assertThat(Expression.parse("abs(0 - a) <= 9007199254740992").holds(values)).isTrue();
    assertThat(Expression.parse("(a + 1) == a").holds(values)).isFalse();
  }

  @Test
  void operatorsOfOnePrecedenceGroupFromTheLeft() {
    Map<String, BigDecimal> values = Map.of("a", new BigDecimal("12"));

    assertThat(Expression.parse("a - 4 - 2").evaluate(values)).isEqualByComparingTo("6");
    assertThat(Expression.parse("a / 3 * 2").evaluate(values)).isEqualByComparingTo("8");
  }

  @Test
  void namesTheFieldsItUses() {
    assertThat(Expression.parse("abs(a + b) <= limit").names()).containsExactly("a", "b", "limit");
  }

  @Test
  void rejectsWhatItCannotRead() {
    assertThatThrownBy(() -> Expression.parse("a + ")).hasMessage("the expression ends too early");
    assertThatThrownBy(() -> Expression.parse("max(a)")).hasMessage("unknown function 'max' (only abs is known)");
    assertThatThrownBy(() -> Expression.parse("a $ b")).hasMessage("unexpected '$' at position 3");
  }
}
