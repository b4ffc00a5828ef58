package org.hamkori.kit.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once and then remembers it until it expires ({@link RememberedTokens}). Verifying a token
 * (reading its JSON, checking its RS256 signature and its claims) costs more than the rest of a cheap request, and a
 * client sends the same token with every request until it expires. A token signed with a key the issuer has since
 * withdrawn stays accepted until then, as it would be by a service that verified it a moment earlier.
 */
@Decorator
@Priority(1)
public abstract class VerifiedTokens implements JWTParser {

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    private final RememberedTokens remembered = new RememberedTokens();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return remembered.verified(token, parser::parse);
    }
}
