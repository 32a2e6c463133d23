package bango.network.http;

/**
 * A request the service refuses, with the HTTP status and a stable machine-readable type
 * (e.g. {@code unknown-institution}, {@code malformed}); the detail says exactly what was wrong and
 * never carries a code, a number or a payload.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String type;

    public ApiException(int status, String type, String detail) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx: " + status);
        }
        this.status = status;
        this.type = type;
    }

    public static ApiException badRequest(String type, String detail) {
        return new ApiException(400, type, detail);
    }

    public static ApiException notFound(String type, String detail) {
        return new ApiException(404, type, detail);
    }

    public static ApiException unprocessable(String type, String detail) {
        return new ApiException(422, type, detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
