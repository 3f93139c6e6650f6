export interface OrganizationChoice {
  id: string;
  name: string;
  depth: number;
}

/** The <option>s of an organisation picker, indented by depth so the tree shows in the list. */
export function OrganizationOptions({ choices }: { choices: OrganizationChoice[] }) {
  return choices.map((choice) => (
    <option key={choice.id} value={choice.id}>{`${'\u00a0\u00a0\u00a0'.repeat(choice.depth)}${choice.name}`}</option>
  ));
}
