package org.hamkori.kit.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/** Reads the {@link IdOf} {@code UUID} path parameters of every resource through {@link PathIds}. */
@Provider
public class PathIdConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class || annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof IdOf idOf) {
                return (ParamConverter<T>) new ParamConverter<UUID>() {
                    @Override
                    public UUID fromString(String value) {
                        return PathIds.uuid(idOf.value(), value);
                    }

                    @Override
                    public String toString(UUID value) {
                        return value.toString();
                    }
                };
            }
        }
        return null;
    }
}
