package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The figures of a service as entered in the catalogue or imported from CSV; {@link #problems()} checks them. */
public record ServiceData(String key, String nameDe, String nameEn, String department, Integer caseVolume,
                          Integer caseVolumeYear, String caseVolumeSource, int ozgLevel, int ozgTarget) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    public ServiceData {
        key = key == null ? "" : key.strip();
        nameDe = CleanText.line(nameDe);
        nameEn = CleanText.line(nameEn);
        department = CleanText.line(department);
        caseVolumeSource = caseVolumeSource == null || CleanText.line(caseVolumeSource).isEmpty()
                ? null : CleanText.line(caseVolumeSource);
    }

    /** Field → message key for every value that is not acceptable. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!KEY.matcher(key).matches()) {
            problems.put("key", "services.error.key");
        }
        if (nameDe.isEmpty() || nameDe.length() > 200) {
            problems.put("nameDe", "services.error.name");
        }
        if (nameEn.isEmpty() || nameEn.length() > 200) {
            problems.put("nameEn", "services.error.name");
        }
        if (department.isEmpty() || department.length() > 200) {
            problems.put("department", "services.error.department");
        }
        if (caseVolume != null && caseVolume < 0) {
            problems.put("caseVolume", "services.error.caseVolume");
        }
        if (caseVolumeYear != null && (caseVolumeYear < 1990 || caseVolumeYear > 2100)) {
            problems.put("caseVolumeYear", "services.error.year");
        }
        if (caseVolumeSource != null && caseVolumeSource.length() > 300) {
            problems.put("caseVolumeSource", "services.error.source");
        }
        if (ozgLevel < 0 || ozgLevel > Service.OZG_MAX) {
            problems.put("ozgLevel", "services.error.ozg");
        }
        if (ozgTarget < 0 || ozgTarget > Service.OZG_MAX) {
            problems.put("ozgTarget", "services.error.ozg");
        } else if (ozgTarget < ozgLevel) {
            problems.put("ozgTarget", "services.error.ozgTargetBelow");
        }
        return problems;
    }
}
