/**
 * The scope engine.
 *
 * <p>Start with a {@link dev.scopegate.ScopeCatalog} (the Signstack one ships in
 * {@code dev.scopegate.catalog.SignstackScopes}), compile each operation's required scopes once
 * into a {@link dev.scopegate.Requirement}, then check every request's token claim against it:
 *
 * {@snippet :
 * Requirement create = catalog.requirement("workflow:create");   // strict: throws on bad input
 * Decision decision = create.check(claim);                       // lenient: bad entries grant nothing
 * if (!decision.allowed()) {
 *   respond(403, decision.message().orElseThrow());              // "Token lacks required scope: workflow:create"
 * }
 * }
 *
 * <p>Catalogs are of one {@link dev.scopegate.ScopeGrammar grammar}: Signstack's {@code
 * family:verb}, or opaque RFC 6749 scope tokens ({@code okta.users.read}); either may declare
 * implications. An {@link dev.scopegate.AccessRule} combines requirements as alternatives, any of
 * which suffices. {@code checkClaim(Object)} takes a claim value straight from a JSON claims map.
 *
 * <p>Every type here is immutable and thread-safe; no method accepts or returns {@code null}
 * (but {@code checkClaim}, which takes an absent claim as {@code null}).
 */
@NullMarked
package dev.scopegate;

import org.jspecify.annotations.NullMarked;
