/** The options of a department `<select>`: a first, empty choice, then each department by its Chinese name. */
export function DepartmentOptions({ departments, empty = '请选择', emptySelectable = false }: { departments: { code: string; nameZh: string }[]; empty?: string; emptySelectable?: boolean }) {
  return (
    <>
      <option value="" disabled={!emptySelectable}>
        {empty}
      </option>
      {departments.map((d) => (
        <option key={d.code} value={d.code}>
          {d.nameZh}
        </option>
      ))}
    </>
  );
}
