package bango.store;

/** The place a population is to be written already holds one, and replacing it was not asked for. */
public final class PopulationExistsException extends Exception {

    public PopulationExistsException(String message) {
        super(message);
    }
}
