/**
 * The resident register (住民基本台帳) side: residents ({@link bango.register.Resident}) with their
 * resident codes (住民票コード), the municipalities (市区町村) that keep the register, identified by
 * their local-government codes (全国地方公共団体コード), and a reproducible synthetic population
 * ({@link bango.register.SyntheticPopulation}) for tests and benchmarks.
 */
package bango.register;
