/**
 * The plumbing the network's services share: a small JSON-over-HTTP server on loopback (Jetty, no
 * servlet layer) with typed errors and a body limit, and batched one-way links between services.
 * Nothing here knows the domain; {@link bango.network} and {@link bango.intermediate} do.
 */
package bango.network.http;
