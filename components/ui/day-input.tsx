import { dayInputText } from "@/lib/format";
import { inputClass } from "./field";

type DayInputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue" | "min" | "max"> & {
  /** yyyy-MM-dd (shown as dd/MM/yyyy), or what was typed before a refusal. */
  defaultValue?: string | null;
};

/**
 * A day field in dd/MM/yyyy, whatever the browser's language: a date input would show mm/dd/yyyy
 * in an English browser. The server reads dd/MM/yyyy and yyyy-MM-dd alike (lib/schemas/common.ts
 * `day`) and says in Vietnamese what is wrong, so there is no browser bubble and no script needed.
 */
export function DayInput({ defaultValue, className = inputClass, ...rest }: DayInputProps) {
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="dd/mm/yyyy"
      defaultValue={dayInputText(defaultValue)}
      className={className}
    />
  );
}
