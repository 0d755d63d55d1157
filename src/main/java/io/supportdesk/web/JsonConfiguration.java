package io.supportdesk.web;

import java.time.Instant;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/** How JSON is read everywhere (kept apart from the MVC configuration, which depends on module beans). */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	/**
	 * JSON input means what it says: a number is no string, a string no number or boolean, so that a
	 * wrong type is refused (400 naming the field) instead of being silently converted.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictJsonScalars() {
		return builder -> builder
			.withCoercionConfig(LogicalType.Textual, config -> config
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer, config -> config
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, config -> config
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.addModule(new SimpleModule("instants-as-text").addDeserializer(Instant.class, new InstantsAsText()));
	}

	/**
	 * An instant is an ISO-8601 text ({@code 2026-12-03T08:00:00Z}): a number is refused rather than read
	 * as seconds since 1970, which no client of this API means by {@code "from": 12345}.
	 */
	static final class InstantsAsText extends StdScalarDeserializer<Instant> {

		InstantsAsText() {
			super(Instant.class);
		}

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (Instant) context.handleUnexpectedToken(Instant.class, parser);
			}
			return InstantDeserializer.INSTANT.deserialize(parser, context);
		}
	}

}
