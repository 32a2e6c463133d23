/**
 * The institutions' own business systems (情報照会者・情報提供者の業務システム): where individual
 * numbers are kept (CODE-5) and each institution's codes are obtained (CODE-1, CODE-3).
 */
package bango.institution;
