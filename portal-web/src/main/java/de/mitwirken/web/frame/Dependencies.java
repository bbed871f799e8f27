package de.mitwirken.web.frame;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The injection points of one of the portal's own components that the container left empty. */
final class Dependencies {

    private Dependencies() {
    }

    static List<String> missing(Object component) {
        List<String> missing = new ArrayList<>();
        for (Class<?> type = component.getClass(); type != null && type.getName().startsWith("de.mitwirken.");
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !isInjected(field)) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    if (field.get(component) == null) {
                        missing.add(type.getSimpleName() + "." + field.getName());
                    }
                } catch (IllegalAccessException | RuntimeException e) {
                    missing.add(type.getSimpleName() + "." + field.getName() + " (unreadable)");
                }
            }
        }
        return missing;
    }

    private static boolean isInjected(Field field) {
        return field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)
                || field.isAnnotationPresent(Resource.class);
    }
}
