package org.hamkori.kit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.hamkori.kit.problem.ProblemException;

/**
 * Makes a create safe to retry with an {@code Idempotency-Key}: the key is claimed in the same
 * transaction as the creation, so a retry with the same key and body gets the first response back
 * and a concurrent duplicate waits for the first to commit. The same key with another body is a 422.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** The request being answered (Quarkus REST's request-scoped one). */
    @Inject
    UriInfo request;

    /** The outcome of a create: where the resource lives, its representation and its version. */
    public record Created(URI location, Object body, long version) {

        /** At its id under the path the request was posted to: {@code POST /centers} → {@code /centers/{id}}. */
        public static Created under(UriInfo request, Object id, Object body, long version) {
            return new Created(request.getAbsolutePathBuilder().path(id.toString()).build(), body, version);
        }
    }

    /**
     * The outcome of a create at its id under the path the current request was posted to: {@code POST /centers} →
     * {@code /centers/{id}}.
     */
    public Created createdAt(Object id, Object body, long version) {
        return Created.under(request, id, body, version);
    }

    @Transactional
    public Response create(String scope, String key, Object request, Supplier<Created> creation) {
        if (key == null) {
            return toResponse(creation.get());
        }
        String trimmed = key.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw ProblemException.invalidField(HEADER, "must be between 1 and 200 characters");
        }
        String requestHash = hash(request);
        int claimed = entityManager.createNativeQuery("""
                INSERT INTO idempotency_key (scope, idempotency_key, request_hash) VALUES (:scope, :key, :hash)
                ON CONFLICT (scope, idempotency_key) DO NOTHING
                """)
                .setParameter("scope", scope).setParameter("key", trimmed).setParameter("hash", requestHash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, trimmed, requestHash);
        }
        Created created = creation.get();
        entityManager.createNativeQuery("""
                UPDATE idempotency_key SET location = :location, response_body = :body
                WHERE scope = :scope AND idempotency_key = :key
                """)
                .setParameter("location", created.location().toString())
                .setParameter("body", write(created.body()))
                .setParameter("scope", scope).setParameter("key", trimmed)
                .executeUpdate();
        return toResponse(created);
    }

    private Response replay(String scope, String key, String requestHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT request_hash, location, response_body FROM idempotency_key
                WHERE scope = :scope AND idempotency_key = :key
                """).setParameter("scope", scope).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw ProblemException.unprocessable(
                    "Idempotency-Key " + key + " was already used with a different request body");
        }
        return Response.created(URI.create((String) row[1])).type(MediaType.APPLICATION_JSON)
                .entity(row[2]).header("Idempotent-Replayed", "true").build();
    }

    private static Response toResponse(Created created) {
        return Versions.created(created.location(), created.body(), created.version());
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
