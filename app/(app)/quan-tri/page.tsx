import { redirect } from "next/navigation";

/** The administration opens on its accounts tab. */
export default function AdminHome() {
  redirect("/quan-tri/tai-khoan");
}
