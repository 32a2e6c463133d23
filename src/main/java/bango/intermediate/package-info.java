/**
 * The intermediate servers (中間サーバー, IS-1..IS-3, IS-7): one per institution, between its
 * business systems and the network. As inquirer, it sends queries with the institution's own code
 * and collects the answers by serial; as provider, it answers the core's notices at once from the
 * copies (副本) its business systems registered in advance, holds restricted information for a
 * staff decision, and records everything (LOG-1). It holds no individual numbers and none of the
 * four basic facts: only its institution's codes and the copies' column-4 information.
 */
package bango.intermediate;
