package de.mitwirken.web.frame;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record of the API with every component filled (nothing null, every list with one element), so that written
 * as JSON it shows every property the API can send.
 */
final class Samples {

    /** The text of every String component. */
    static final String TEXT = "Text";

    private Samples() {
    }

    static Object of(Type type) {
        return of(type, 0);
    }

    private static Object of(Type type, int depth) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return depth > 3 ? List.of() : List.of(of(args[0], depth + 1));
            }
            if (raw == Set.class) {
                return Set.of(of(args[0], depth + 1));
            }
            if (raw == Map.class) {
                return Map.of("1", of(args[1], depth + 1));
            }
            throw new IllegalArgumentException("no sample of " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return TEXT;
        } else if (c == long.class || c == Long.class) {
            return 7L;
        } else if (c == int.class || c == Integer.class) {
            return 3;
        } else if (c == double.class || c == Double.class) {
            return 0.5;
        } else if (c == boolean.class || c == Boolean.class) {
            return true;
        } else if (c == BigDecimal.class) {
            return new BigDecimal("12.5");
        } else if (c == Instant.class) {
            return Instant.parse("2026-05-04T10:15:30Z");
        } else if (c == LocalDate.class) {
            return LocalDate.of(2026, 5, 4);
        } else if (c.isEnum()) {
            return c.getEnumConstants()[0];
        } else if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = Arrays.stream(components).map(rc -> of(rc.getGenericType(), depth + 1)).toArray();
            try {
                Constructor<?> canonical = c.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(c.getName(), e);
            }
        }
        throw new IllegalArgumentException("no sample of " + type);
    }
}
