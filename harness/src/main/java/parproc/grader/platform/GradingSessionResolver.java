package parproc.grader.platform;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import parproc.grader.runs.HarnessException;

/**
 * Gives the grading tests their {@link GradingSession}, opened once from the configuration
 * parameters and closed (its processes stopped) when the test plan ends.
 */
public final class GradingSessionResolver implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(GradingSessionResolver.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == GradingSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    return root.getStore(NAMESPACE).computeIfAbsent(GradingSession.class, key -> {
      GradingRequest request = GradingRequest.fromParameters(root::getConfigurationParameter);
      try {
        return GradingSession.open(request);
      } catch (HarnessException e) {
        throw new ParameterResolutionException(e.getMessage(), e);
      }
    }, GradingSession.class);
  }
}
