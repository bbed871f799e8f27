package de.mitwirken.conference.entity;

import java.lang.reflect.Field;

/** Gives an entity of a unit test the id the database would give it (entities have no setter for it, on purpose). */
final class EntityIds {

    private EntityIds() {
    }

    static void assign(Object entity, Long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
