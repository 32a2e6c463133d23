package bango.modelcheck;

import java.nio.file.Path;
import java.util.List;

/**
 * STUB, to be replaced: the real {@code AlloyRunner} is being written separately. This file only
 * fixes the API that {@link ModelChecker} codes against; replace it (and
 * {@link AlloyCommandResult}) with the real implementation.
 */
public final class AlloyRunner {

    /**
     * Runs every command of an Alloy file, in order.
     *
     * @throws UnsupportedOperationException always, in this stub (the real one throws a typed
     *         exception when the file does not parse)
     */
    public List<AlloyCommandResult> run(Path alsFile) {
        throw new UnsupportedOperationException("AlloyRunner is a stub until the Alloy runner lands: cannot run " + alsFile);
    }
}
