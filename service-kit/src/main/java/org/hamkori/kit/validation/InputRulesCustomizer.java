package org.hamkori.kit.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Every request body of every service is read through this: a string with a control character (other
 * than tab and line breaks) and a date outside {@link ProgrammeDates} are refused field by field, so
 * no resource has to remember to check them.
 */
@Singleton
public class InputRulesCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("hamkori-input-rules").setDeserializerModifier(new InputRules()));
    }

    static final class InputRules extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class) {
                return new Checked<String>(deserializer, InputText::acceptableInBody, () -> InputText.BODY_RULE);
            }
            if (type == LocalDate.class) {
                return new Checked<LocalDate>(deserializer, ProgrammeDates::contains, ProgrammeDates::rule);
            }
            return deserializer;
        }
    }

    /** Reads as the wrapped deserializer does, then refuses a value the rule does not accept. */
    static final class Checked<T> extends DelegatingDeserializer {

        private final transient Predicate<T> acceptable;
        private final transient Supplier<String> rule;

        Checked(JsonDeserializer<?> delegate, Predicate<T> acceptable, Supplier<String> rule) {
            super(delegate);
            this.acceptable = acceptable;
            this.rule = rule;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked<>(newDelegatee, acceptable, rule);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null && !acceptable.test((T) value)) {
                throw new RejectedValueException(parser, rule.get());
            }
            return value;
        }
    }
}
