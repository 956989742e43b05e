import { useEffect, useId, useRef } from 'react';
import { Button, Input } from 'zmp-ui';
import { SearchIcon } from './icons.tsx';

type SearchBoxProps = {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Called on Enter or the "Tìm" button. */
  onSubmit?: (value: string) => void;
  autoFocus?: boolean;
  /** Show the "Tìm" button (useful when typing does not search by itself). */
  withButton?: boolean;
};

/** A large search field with a visible label (zmp-ui Input.Search inside a form, so Enter submits). */
export function SearchBox({ label, placeholder, value, onChange, onSubmit, autoFocus, withButton }: SearchBoxProps) {
  const id = useId();
  const rowRef = useRef<HTMLDivElement>(null);

  // Input.Search draws its magnifier as an icon-only <button> without a name; give it one.
  useEffect(() => {
    const button = rowRef.current?.querySelector('.zaui-input-search-button');
    button?.setAttribute('aria-label', 'Tìm');
  }, []);

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.(value);
      }}
    >
      <label className="search-box__label" htmlFor={id}>
        {label}
      </label>
      <div className="search-box__row" ref={rowRef}>
        <Input.Search
          id={id}
          className="search-box__input"
          placeholder={placeholder}
          value={value}
          autoFocus={autoFocus}
          autoComplete="off"
          enterKeyHint="search"
          allowClear={{ clearIcon: <span aria-label="Xoá nội dung tìm kiếm">×</span> }}
          onChange={(event) => onChange(event.target.value)}
          onSearch={(text) => onSubmit?.(text)}
        />
      </div>
      {withButton && (
        <Button className="search-box__button" htmlType="submit" variant="primary" fullWidth prefixIcon={<SearchIcon />}>
          Tìm thủ tục
        </Button>
      )}
    </form>
  );
}
