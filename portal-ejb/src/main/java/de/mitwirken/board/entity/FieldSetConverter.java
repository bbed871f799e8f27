package de.mitwirken.board.entity;

import de.mitwirken.strategy.StrategyField;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person's fields of expertise as one column ("MOBILITY,EDUCATION"): read together, never queried apart. */
@Converter
public class FieldSetConverter implements AttributeConverter<Set<StrategyField>, String> {

    @Override
    public String convertToDatabaseColumn(Set<StrategyField> fields) {
        return fields == null ? "" : fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<StrategyField> convertToEntityAttribute(String column) {
        Set<StrategyField> fields = EnumSet.noneOf(StrategyField.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(StrategyField::valueOf).forEach(fields::add);
        }
        return fields;
    }
}
