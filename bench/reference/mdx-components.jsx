/** Our article components as plain elements: the reference page has no islands and no styling system. */
const Block = ({ children, title }) => (
  <div>
    {title ? <p>{title}</p> : null}
    {children}
  </div>
)
const Inline = ({ children }) => <span>{children}</span>
const Empty = () => null

const components = {
  Callout: Block,
  Example: Block,
  Figure: Block,
  Quiz: Block,
  Question: ({ prompt, children }) => (
    <fieldset>
      <legend>{prompt}</legend>
      {children}
    </fieldset>
  ),
  Choice: ({ children }) => (
    <label>
      <input type="radio" /> {children}
    </label>
  ),
  Term: Inline,
  Stat: ({ value }) => <span>{value}</span>,
  ApyCalculator: Empty,
  Chart: Empty,
  Diagram: Empty,
  StakingFlow: Empty,
}

export function useMDXComponents(inherited) {
  return { ...inherited, ...components }
}
