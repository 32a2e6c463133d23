package bango.modelcheck;

/**
 * STUB, to be replaced together with {@link AlloyRunner}: the result of one Alloy command.
 *
 * @param label       the command's name
 * @param isCheck     true for {@code check}, false for {@code run}
 * @param satisfiable an instance (run) or a counterexample (check) was found
 * @param scope       the command's scope as text
 * @param millis      solving time
 */
public record AlloyCommandResult(String label, boolean isCheck, boolean satisfiable, String scope, long millis) {
}
