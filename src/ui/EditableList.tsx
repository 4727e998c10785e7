import type { ReactNode } from 'react';
import { AddForm, type AddFormProps } from './AddForm.tsx';
import { IconButton } from './IconButton.tsx';
import { TrashIcon } from './icons.tsx';

interface EditableListProps<Item extends { id: string }, Name extends string> {
  items: readonly Item[];
  /** Viewers and commenters see the list without the form and the delete buttons. */
  readOnly: boolean;
  add: AddFormProps<Name>;
  /** Shown instead of the list when there is nothing yet. */
  empty: string;
  listClassName: string;
  itemClassName: string;
  /** The accessible name of an item's delete button. */
  deleteLabel(item: Item): string;
  onDelete(item: Item): void;
  /** An item's content; `remove` is its delete button (null when read-only), placed there. */
  children(item: Item, index: number, remove: ReactNode): ReactNode;
}

/** A directory of the map (people, personas): a form to add, the items to edit, delete buttons. */
export function EditableList<Item extends { id: string }, Name extends string>({
  items,
  readOnly,
  add,
  empty,
  listClassName,
  itemClassName,
  deleteLabel,
  onDelete,
  children: renderItem,
}: EditableListProps<Item, Name>) {
  return (
    <div className="flex flex-col gap-4">
      {!readOnly && <AddForm {...add} />}
      {items.length === 0 && <p className="text-slate-500">{empty}</p>}
      <ul className={listClassName}>
        {items.map((item, i) => (
          <li key={item.id} className={itemClassName}>
            {renderItem(
              item,
              i,
              readOnly ? null : (
                <IconButton label={deleteLabel(item)} onClick={() => onDelete(item)}>
                  <TrashIcon />
                </IconButton>
              ),
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
