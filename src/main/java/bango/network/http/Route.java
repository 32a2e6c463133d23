package bango.network.http;

import com.fasterxml.jackson.databind.JsonNode;

/** One endpoint of a service: the request's path parameters and JSON body in, a JSON reply out. */
@FunctionalInterface
public interface Route {

    /**
     * @param params the values of the path's {@code {name}} segments, in order
     * @param body the parsed body ({@code null} for a request without one)
     * @return the reply body, serialised as JSON with status 200 ({@code null}: 204)
     * @throws ApiException to refuse the request with a typed 4xx
     */
    Object handle(String[] params, JsonNode body) throws Exception;
}
